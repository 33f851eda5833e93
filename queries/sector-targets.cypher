// All targets of one sector, each once, reached through the commitments that hold them (default livelihood 民生; -p sector=economy for another). Twin of sector-targets.rq.
// Parameters: sector = "livelihood", region = ""
MATCH (s:Sector) WHERE s.code = $sector
MATCH (r:Report)<-[:STATED_IN]-(t:Target)-[:MEASURES_INDICATOR]->(i:Indicator)
WHERE ($region = '' OR r.region = $region) AND t.unit IS NOT NULL
MATCH (c:Commitment)-[:HAS_TARGET]->(t) WHERE c.sector = $sector
WITH DISTINCT s, r, t, i
RETURN r.region AS region, r.year AS year, s.text AS sectorLabel, i.text AS indicator, t.value AS value,
       t.unit AS unit, t.qualifier AS qualifier, t.quote AS quote
ORDER BY region, year, t.start, t.uri
