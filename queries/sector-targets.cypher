// All targets of one sector, each once, reached through the commitments that hold them (default livelihood 民生; change both codes to economy, industry, urban, digital, agriculture, ecology…). Twin of sector-targets.rq.
MATCH (sector:Sector {code: 'livelihood'})
MATCH (c:Commitment {sector: 'livelihood'})-[:HAS_TARGET]->(t:Target)
WITH DISTINCT sector, t
MATCH (t)-[:STATED_IN]->(r:Report)
MATCH (t)-[:MEASURES_INDICATOR]->(i:Indicator)
WHERE t.unit IS NOT NULL
RETURN r.region AS region, r.year AS year, sector.text AS sectorLabel, i.text AS indicator, t.value AS value,
       t.unit AS unit, t.qualifier AS qualifier, t.quote AS quote
ORDER BY region, year, t.start, t.uri
