// All targets of one sector, each once, reached through the commitments that hold them (default livelihood 民生; -p sector=economy for another). Twin of sector-targets.rq.
// Parameters: sector = "livelihood", region = ""
MATCH (s:Sector) WHERE s.code = $sector
MATCH (c:Commitment)-[:HAS_TARGET]->(t:Target) WHERE c.sector = $sector
WITH DISTINCT s, t
MATCH (t)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region)
MATCH (t)-[:MEASURES_INDICATOR]->(i:Indicator)
WHERE t.unit IS NOT NULL
RETURN r.region AS region, r.year AS year, s.text AS sectorLabel, i.text AS indicator, t.value AS value,
       t.unit AS unit, t.qualifier AS qualifier, t.quote AS quote
ORDER BY region, year, t.start, t.uri
