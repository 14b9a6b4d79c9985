-- The schema on PostgreSQL: Spring Batch's job repository (its schema-postgresql.sql of
-- spring-batch-core 6.0.4), then ours. Text columns compare by code point (COLLATE "C"), as HSQLDB's do,
-- so that every ORDER BY, and so every document and report, is the same on both databases whatever
-- locale the cluster was made with.

CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_INSTANCE_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID BIGINT NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT BIGINT,
	READ_COUNT BIGINT,
	FILTER_COUNT BIGINT,
	WRITE_COUNT BIGINT,
	READ_SKIP_COUNT BIGINT,
	WRITE_SKIP_COUNT BIGINT,
	PROCESS_SKIP_COUNT BIGINT,
	ROLLBACK_COUNT BIGINT,
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE SEQUENCE BATCH_STEP_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ MAXVALUE 9223372036854775807 NO CYCLE;

-- Ours. Values are kept per source file: storing a file again replaces what it stored before, and two
-- files giving the same figure differently stay visible to validation (they are never silently merged).
-- giving the same figure differently stay visible to validation (they are never silently merged).
CREATE TABLE IF NOT EXISTS source_file (
  file_name   VARCHAR(500) COLLATE "C" PRIMARY KEY,
  sha256      CHAR(64) COLLATE "C"     NOT NULL,
  period_key  VARCHAR(7) COLLATE "C",
  status      VARCHAR(20) COLLATE "C"  NOT NULL,
  reason      VARCHAR(4000) COLLATE "C",
  read_at     TIMESTAMP    NOT NULL,
  job_instance_id BIGINT   NOT NULL
);
CREATE TABLE IF NOT EXISTS observation (
  period_key  VARCHAR(7) COLLATE "C"     NOT NULL,
  zone        VARCHAR(100) COLLATE "C"   NOT NULL,
  indicator   VARCHAR(100) COLLATE "C"   NOT NULL,
  measure     VARCHAR(20) COLLATE "C"    NOT NULL,
  value_exact DECIMAL(38,16) NOT NULL,
  raw_text    VARCHAR(500) COLLATE "C",
  file_name   VARCHAR(500) COLLATE "C"   NOT NULL,
  sheet       VARCHAR(200) COLLATE "C"   NOT NULL,
  cell        VARCHAR(20) COLLATE "C"    NOT NULL,
  PRIMARY KEY (period_key, zone, indicator, measure, file_name)
);
CREATE TABLE IF NOT EXISTS total_row (
  period_key  VARCHAR(7) COLLATE "C"     NOT NULL,
  indicator   VARCHAR(100) COLLATE "C"   NOT NULL,
  value_exact DECIMAL(38,16) NOT NULL,
  value_scale INTEGER        NOT NULL,
  raw_text    VARCHAR(500) COLLATE "C",
  file_name   VARCHAR(500) COLLATE "C"   NOT NULL,
  sheet       VARCHAR(200) COLLATE "C"   NOT NULL,
  cell        VARCHAR(20) COLLATE "C"    NOT NULL,
  PRIMARY KEY (period_key, indicator, file_name)
);
CREATE TABLE IF NOT EXISTS project (
  period_key  VARCHAR(7) COLLATE "C"     NOT NULL,
  zone        VARCHAR(100) COLLATE "C"   NOT NULL,
  name        VARCHAR(500) COLLATE "C"   NOT NULL,
  chain       VARCHAR(100) COLLATE "C",
  investment  DECIMAL(38,16) NOT NULL,
  unit        VARCHAR(20) COLLATE "C"    NOT NULL,
  country     VARCHAR(100) COLLATE "C",
  fortune500  VARCHAR(50) COLLATE "C",
  signed      DATE,
  status      VARCHAR(50) COLLATE "C",
  file_name   VARCHAR(500) COLLATE "C"   NOT NULL,
  sheet       VARCHAR(200) COLLATE "C"   NOT NULL,
  cell        VARCHAR(20) COLLATE "C"    NOT NULL,
  PRIMARY KEY (period_key, zone, name)
);
CREATE TABLE IF NOT EXISTS finding (
  job_instance_id  BIGINT        NOT NULL,
  stage            VARCHAR(10) COLLATE "C"   NOT NULL,
  file_name        VARCHAR(500) COLLATE "C"  NOT NULL,
  sheet            VARCHAR(200) COLLATE "C",
  cell             VARCHAR(20) COLLATE "C",
  value_seen       VARCHAR(1000) COLLATE "C",
  rule_code        VARCHAR(50) COLLATE "C"   NOT NULL,
  severity         VARCHAR(10) COLLATE "C"   NOT NULL,
  message          VARCHAR(4000) COLLATE "C" NOT NULL
);
-- The zone and indicator a finding is about (the report's 区市 and 指标 columns); added in wave 2.
ALTER TABLE finding ADD COLUMN IF NOT EXISTS zone VARCHAR(100) COLLATE "C";
ALTER TABLE finding ADD COLUMN IF NOT EXISTS indicator VARCHAR(100) COLLATE "C";
-- Every cell read from a data row or header, accepted or not, with its coordinates: nothing is lost.
CREATE TABLE IF NOT EXISTS raw_cell (
  file_name   VARCHAR(500) COLLATE "C"   NOT NULL,
  sheet       VARCHAR(200) COLLATE "C"   NOT NULL,
  cell        VARCHAR(20) COLLATE "C"    NOT NULL,
  raw_text    VARCHAR(4000) COLLATE "C",
  number_value DECIMAL(38,16),
  PRIMARY KEY (file_name, sheet, cell)
);
-- Issue numbers (第X期) per series and year; a re-issue with other input keeps the number, version + 1 (修订版).
CREATE TABLE IF NOT EXISTS issued_document (
  series       VARCHAR(200) COLLATE "C" NOT NULL,
  period_key   VARCHAR(7) COLLATE "C"   NOT NULL,
  issue_year   INTEGER      NOT NULL,
  issue_number INTEGER      NOT NULL,
  version      INTEGER      NOT NULL,
  input_digest VARCHAR(64) COLLATE "C"  NOT NULL,
  issued_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (series, period_key)
);
-- The digest of the figures the document shows (not of its wording): a template edit alone does not
-- revise an issued document unless the operator asks (run --reissue).
ALTER TABLE issued_document ADD COLUMN IF NOT EXISTS data_digest VARCHAR(64) COLLATE "C";
-- Every delivery attempt of an issued document: sent once per issue and version, never for drafts.
CREATE TABLE IF NOT EXISTS delivery_log (
  series       VARCHAR(200) COLLATE "C"  NOT NULL,
  period_key   VARCHAR(7) COLLATE "C"    NOT NULL,
  version      INTEGER       NOT NULL,
  recipients   VARCHAR(4000) COLLATE "C" NOT NULL,
  status       VARCHAR(10) COLLATE "C"   NOT NULL,
  attempts     INTEGER       NOT NULL,
  error        VARCHAR(4000) COLLATE "C",
  logged_at    TIMESTAMP     NOT NULL
);
-- The audit trail of corrections: a figure of a period already stored whose standing value a later file
-- changed (a declared correction, the same file sent again, a file withdrawn). Null: not reported.
CREATE TABLE IF NOT EXISTS value_change (
  period_key   VARCHAR(7) COLLATE "C"     NOT NULL,
  zone         VARCHAR(100) COLLATE "C"   NOT NULL,
  indicator    VARCHAR(100) COLLATE "C"   NOT NULL,
  measure      VARCHAR(20) COLLATE "C"    NOT NULL,
  old_value    DECIMAL(38,16),
  old_file     VARCHAR(500) COLLATE "C",
  old_cell     VARCHAR(220) COLLATE "C",
  new_value    DECIMAL(38,16),
  new_file     VARCHAR(500) COLLATE "C",
  new_cell     VARCHAR(220) COLLATE "C",
  changed_by   VARCHAR(200) COLLATE "C"   NOT NULL,
  changed_at   TIMESTAMP      NOT NULL,
  job_instance_id BIGINT      NOT NULL
);
-- Every issued version of every document, with its text (without issue number and date), so that a revision
-- can say which figures, ranks and sentences changed. A new version is issued only when the text changes.
CREATE TABLE IF NOT EXISTS issued_version (
  series       VARCHAR(200) COLLATE "C"  NOT NULL,
  period_key   VARCHAR(7) COLLATE "C"    NOT NULL,
  version      INTEGER       NOT NULL,
  issue_number INTEGER       NOT NULL,
  fingerprint  VARCHAR(64) COLLATE "C"   NOT NULL,
  file_base    VARCHAR(500) COLLATE "C"  NOT NULL,
  content      TEXT          NOT NULL,
  issued_at    TIMESTAMP     NOT NULL,
  job_instance_id BIGINT     NOT NULL,
  PRIMARY KEY (series, period_key, version)
);
-- The changes notes (修订说明) of a period, one per run that revised documents (run_key names that run).
CREATE TABLE IF NOT EXISTS revision_note (
  period_key   VARCHAR(7) COLLATE "C"    NOT NULL,
  note_number  INTEGER       NOT NULL,
  run_key      VARCHAR(100) COLLATE "C"  NOT NULL,
  PRIMARY KEY (period_key, note_number)
);
-- Service mode: each quarter report the schedule asked for, kept until it is made (the quarter's data may
-- arrive after the quarter ends). status: PENDING (no data yet), DONE, FAILED.
CREATE TABLE IF NOT EXISTS scheduled_report (
  period_key   VARCHAR(7) COLLATE "C"    NOT NULL PRIMARY KEY,
  due_at       TIMESTAMP     NOT NULL,
  status       VARCHAR(10) COLLATE "C"   NOT NULL,
  done_at      TIMESTAMP,
  note         VARCHAR(1000) COLLATE "C"
);

-- Lookups that HSQLDB's small databases do without, and a shared one at national scale does not.
CREATE INDEX IF NOT EXISTS observation_file ON observation (file_name);
CREATE INDEX IF NOT EXISTS finding_job ON finding (job_instance_id);
CREATE INDEX IF NOT EXISTS issued_version_job ON issued_version (job_instance_id);
CREATE INDEX IF NOT EXISTS value_change_period ON value_change (period_key, changed_at);
