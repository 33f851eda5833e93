// One thing across reports: each report that names it, as it writes the name, how often, and in how many measures (default 贵州省; -p name=宁德时代). Twin of entity-across-reports.rq.
// Parameters: name = "贵州省", region = ""
MATCH (c:CanonicalEntity)
WHERE c.text = $name OR $name IN c.aliases
MATCH (e)-[:SAME_ENTITY]->(c)
MATCH (e)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region)
OPTIONAL MATCH (m:Commitment)-[:INVOLVES|MENTIONS]->(e)
RETURN r.region AS region, r.year AS year, c.text AS entity, c.adminCode AS adminCode, e.text AS written,
       e.mentions AS mentions, count(DISTINCT m.uri) AS commitments
ORDER BY region, year, written, adminCode
