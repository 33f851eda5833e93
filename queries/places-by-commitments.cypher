// Places with the most commitments: how often the plan names each place in a measure (MENTIONS from a commitment). Twin of places-by-commitments.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (c:Commitment)-[:MENTIONS]->(pl:Place)
MATCH (c)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region)
RETURN r.region AS region, pl.text AS place, pl.adminCode AS adminCode, count(DISTINCT c.uri) AS commitments
ORDER BY region, commitments DESC, place
