// Main expected targets (主要预期目标) of each report: the numbers in the lead-in of the plan part, before its first task.
// Columns: region, year, indicator, value (or lower/upper for a range), unit, qualifier, quote. Twin of main-targets.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (t:Target)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region)
MATCH (t)-[:MEASURES_INDICATOR]->(i:Indicator)
MATCH (t)-[:IN_SECTION]->(s:Section)
WHERE s.kind = 'Part' AND s.role IN ['plan', 'outlook'] AND t.unit IS NOT NULL
RETURN r.region AS region, r.year AS year, i.text AS indicator, t.value AS value, t.lower AS lower,
       t.upper AS upper, t.unit AS unit, t.qualifier AS qualifier, t.quote AS quote
ORDER BY region, year, t.start, t.uri
