-- A province's table has a subtotal row per city: a total row is the total of its scope
-- ('' for the catalog's whole area, a city's name for that city's subtotal).
ALTER TABLE total_row ADD COLUMN scope VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE total_row DROP PRIMARY KEY;
ALTER TABLE total_row ADD PRIMARY KEY (period_key, indicator, file_name, scope);
