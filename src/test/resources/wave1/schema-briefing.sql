-- The schema as wave 1 made it at every start (src/main/resources/schema-briefing.sql of commit 0868751),
-- before Flyway: SchemaUpgradeIntegrationTests makes a database of that time with it.
-- Our tables beside Spring Batch's. Idempotent: run at every start.
-- Values are kept per source file: storing a file again replaces what it stored before, and two files
-- giving the same figure differently stay visible to validation (they are never silently merged).
CREATE TABLE IF NOT EXISTS source_file (
  file_name   VARCHAR(500) PRIMARY KEY,
  sha256      CHAR(64)     NOT NULL,
  period_key  VARCHAR(7),
  status      VARCHAR(20)  NOT NULL,
  reason      VARCHAR(4000),
  read_at     TIMESTAMP    NOT NULL,
  job_instance_id BIGINT   NOT NULL
);
CREATE TABLE IF NOT EXISTS observation (
  period_key  VARCHAR(7)     NOT NULL,
  zone        VARCHAR(100)   NOT NULL,
  indicator   VARCHAR(100)   NOT NULL,
  measure     VARCHAR(20)    NOT NULL,
  value_exact DECIMAL(38,16) NOT NULL,
  raw_text    VARCHAR(500),
  file_name   VARCHAR(500)   NOT NULL,
  sheet       VARCHAR(200)   NOT NULL,
  cell        VARCHAR(20)    NOT NULL,
  PRIMARY KEY (period_key, zone, indicator, measure, file_name)
);
CREATE TABLE IF NOT EXISTS total_row (
  period_key  VARCHAR(7)     NOT NULL,
  indicator   VARCHAR(100)   NOT NULL,
  value_exact DECIMAL(38,16) NOT NULL,
  value_scale INTEGER        NOT NULL,
  raw_text    VARCHAR(500),
  file_name   VARCHAR(500)   NOT NULL,
  sheet       VARCHAR(200)   NOT NULL,
  cell        VARCHAR(20)    NOT NULL,
  PRIMARY KEY (period_key, indicator, file_name)
);
CREATE TABLE IF NOT EXISTS project (
  period_key  VARCHAR(7)     NOT NULL,
  zone        VARCHAR(100)   NOT NULL,
  name        VARCHAR(500)   NOT NULL,
  chain       VARCHAR(100),
  investment  DECIMAL(38,16) NOT NULL,
  unit        VARCHAR(20)    NOT NULL,
  country     VARCHAR(100),
  fortune500  VARCHAR(50),
  signed      DATE,
  status      VARCHAR(50),
  file_name   VARCHAR(500)   NOT NULL,
  sheet       VARCHAR(200)   NOT NULL,
  cell        VARCHAR(20)    NOT NULL,
  PRIMARY KEY (period_key, zone, name)
);
CREATE TABLE IF NOT EXISTS finding (
  job_instance_id  BIGINT        NOT NULL,
  stage            VARCHAR(10)   NOT NULL,
  file_name        VARCHAR(500)  NOT NULL,
  sheet            VARCHAR(200),
  cell             VARCHAR(20),
  value_seen       VARCHAR(1000),
  rule_code        VARCHAR(50)   NOT NULL,
  severity         VARCHAR(10)   NOT NULL,
  message          VARCHAR(4000) NOT NULL
);
-- The zone and indicator a finding is about (the report's 区市 and 指标 columns); added in wave 2.
ALTER TABLE finding ADD COLUMN IF NOT EXISTS zone VARCHAR(100);
ALTER TABLE finding ADD COLUMN IF NOT EXISTS indicator VARCHAR(100);
-- Every cell read from a data row or header, accepted or not, with its coordinates: nothing is lost.
CREATE TABLE IF NOT EXISTS raw_cell (
  file_name   VARCHAR(500)   NOT NULL,
  sheet       VARCHAR(200)   NOT NULL,
  cell        VARCHAR(20)    NOT NULL,
  raw_text    VARCHAR(4000),
  number_value DECIMAL(38,16),
  PRIMARY KEY (file_name, sheet, cell)
);
-- Issue numbers (第X期) per series and year; a re-issue with other input keeps the number, version + 1 (修订版).
CREATE TABLE IF NOT EXISTS issued_document (
  series       VARCHAR(200) NOT NULL,
  period_key   VARCHAR(7)   NOT NULL,
  issue_year   INTEGER      NOT NULL,
  issue_number INTEGER      NOT NULL,
  version      INTEGER      NOT NULL,
  input_digest VARCHAR(64)  NOT NULL,
  issued_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (series, period_key)
);
-- The digest of the figures the document shows (not of its wording): a template edit alone does not
-- revise an issued document unless the operator asks (run --reissue).
ALTER TABLE issued_document ADD COLUMN IF NOT EXISTS data_digest VARCHAR(64);
-- Every delivery attempt of an issued document: sent once per issue and version, never for drafts.
CREATE TABLE IF NOT EXISTS delivery_log (
  series       VARCHAR(200)  NOT NULL,
  period_key   VARCHAR(7)    NOT NULL,
  version      INTEGER       NOT NULL,
  recipients   VARCHAR(4000) NOT NULL,
  status       VARCHAR(10)   NOT NULL,
  attempts     INTEGER       NOT NULL,
  error        VARCHAR(4000),
  logged_at    TIMESTAMP     NOT NULL
);
-- The audit trail of corrections: a figure of a period already stored whose standing value a later file
-- changed (a declared correction, the same file sent again, a file withdrawn). Null: not reported.
CREATE TABLE IF NOT EXISTS value_change (
  period_key   VARCHAR(7)     NOT NULL,
  zone         VARCHAR(100)   NOT NULL,
  indicator    VARCHAR(100)   NOT NULL,
  measure      VARCHAR(20)    NOT NULL,
  old_value    DECIMAL(38,16),
  old_file     VARCHAR(500),
  old_cell     VARCHAR(220),
  new_value    DECIMAL(38,16),
  new_file     VARCHAR(500),
  new_cell     VARCHAR(220),
  changed_by   VARCHAR(200)   NOT NULL,
  changed_at   TIMESTAMP      NOT NULL,
  job_instance_id BIGINT      NOT NULL
);
-- Every issued version of every document, with its text (without issue number and date), so that a revision
-- can say which figures, ranks and sentences changed. A new version is issued only when the text changes.
CREATE TABLE IF NOT EXISTS issued_version (
  series       VARCHAR(200)  NOT NULL,
  period_key   VARCHAR(7)    NOT NULL,
  version      INTEGER       NOT NULL,
  issue_number INTEGER       NOT NULL,
  fingerprint  VARCHAR(64)   NOT NULL,
  file_base    VARCHAR(500)  NOT NULL,
  content      CLOB          NOT NULL,
  issued_at    TIMESTAMP     NOT NULL,
  job_instance_id BIGINT     NOT NULL,
  PRIMARY KEY (series, period_key, version)
);
-- The changes notes (修订说明) of a period, one per run that revised documents (run_key names that run).
CREATE TABLE IF NOT EXISTS revision_note (
  period_key   VARCHAR(7)    NOT NULL,
  note_number  INTEGER       NOT NULL,
  run_key      VARCHAR(100)  NOT NULL,
  PRIMARY KEY (period_key, note_number)
);
-- Service mode: each quarter report the schedule asked for, kept until it is made (the quarter's data may
-- arrive after the quarter ends). status: PENDING (no data yet), DONE, FAILED.
CREATE TABLE IF NOT EXISTS scheduled_report (
  period_key   VARCHAR(7)    NOT NULL PRIMARY KEY,
  due_at       TIMESTAMP     NOT NULL,
  status       VARCHAR(10)   NOT NULL,
  done_at      TIMESTAMP,
  note         VARCHAR(1000)
);
