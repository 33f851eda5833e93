// All targets of one sector, reached through the commitments that hold them (default livelihood 民生; change both codes to economy, industry, urban, digital, agriculture, ecology…). Twin of sector-targets.rq.
MATCH (sector:Sector {code: 'livelihood'})
MATCH (c:Commitment {sector: 'livelihood'})-[:HAS_TARGET]->(t:Target)
MATCH (t)-[:STATED_IN]->(r:Report)
MATCH (t)-[:MEASURES_INDICATOR]->(i:Indicator)
WHERE t.unit IS NOT NULL
WITH DISTINCT r.region AS region, sector.text AS sectorLabel, i.text AS indicator, t.value AS value,
     t.unit AS unit, t.qualifier AS qualifier, t.quote AS quote, t.start AS start
RETURN region, sectorLabel, indicator, value, unit, qualifier, quote
ORDER BY region, start, quote, indicator
