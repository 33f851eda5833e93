// Achievements of the past year: every result a report states in its review, with its section.
// Columns: region, year the figure refers to, section number, indicator, value, unit, quote. Twin of achievements.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (r:Report)<-[:STATED_IN]-(a:Achievement)-[:MEASURES_INDICATOR]->(i:Indicator)
WHERE ($region = '' OR r.region = $region) AND a.unit IS NOT NULL AND a.quote IS NOT NULL
OPTIONAL MATCH (a)-[:IN_SECTION]->(s:Section)
RETURN r.region AS region, a.year AS refYear, s.number AS section, i.text AS indicator,
       a.value AS value, a.unit AS unit, a.quote AS quote
ORDER BY region, a.start, a.uri
