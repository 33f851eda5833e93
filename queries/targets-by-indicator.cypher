// Targets by indicator across reports: every target whose indicator label contains a phrase (default 地区生产总值; -p phrase=固定资产投资 for another). Twin of targets-by-indicator.rq.
// Parameters: phrase = "地区生产总值", region = ""
MATCH (t:Target)-[:MEASURES_INDICATOR]->(i:Indicator)
MATCH (t)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND i.text CONTAINS $phrase AND t.unit IS NOT NULL AND t.measure IS NOT NULL
RETURN r.region AS region, r.year AS year, i.text AS indicator, t.value AS value, t.lower AS lower,
       t.upper AS upper, t.unit AS unit, t.measure AS measure, t.quote AS quote
ORDER BY region, year, t.start, t.uri
