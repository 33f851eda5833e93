// This year's GDP growth target of every region: targets whose indicator is the canonical GDP (code gdp, SAME_AS) stated as a percent change for the report's own year.
// Columns: region, level, year, value (or lower/upper for a range), qualifier, quote. Twin of gdp-targets.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (t:Target)-[:MEASURES_INDICATOR]->(i:Indicator)-[:SAME_AS]->(c:CanonicalIndicator {code: 'gdp'})
MATCH (t)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND t.measure = 'change' AND t.unit = '%' AND t.year = r.year AND t.quote IS NOT NULL
RETURN r.region AS region, r.level AS level, r.year AS year, t.value AS value, t.lower AS lower,
       t.upper AS upper, t.qualifier AS qualifier, t.quote AS quote
ORDER BY region, year, t.start, t.uri
