// One canonical indicator across regions and years: its targets and achievements (default gdp; kg cypher OUT indicator-across-reports -p code=cpi for another: urban-new-jobs, retail-sales…).
// Parameters: code = "gdp", region = ""
// Columns: region, report year, reference year, kind (Target or Achievement), indicator as worded, measure, value (or lower/upper), unit, quote. Twin of indicator-across-reports.rq.
MATCH (q)-[:MEASURES_INDICATOR]->(i:Indicator)-[:SAME_AS]->(c:CanonicalIndicator)
WHERE c.code = $code
MATCH (q)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND q.unit IS NOT NULL AND q.measure IS NOT NULL AND q.quote IS NOT NULL
RETURN r.region AS region, r.year AS year, q.year AS refYear, q.kind AS kind, i.text AS indicator,
       q.measure AS measure, q.value AS value, q.lower AS lower, q.upper AS upper, q.unit AS unit, q.quote AS quote
ORDER BY region, year, q.start, q.uri
