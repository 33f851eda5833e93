// Commitments without a numeric goal: measures the report promises but does not quantify, per section. Twin of commitments-without-target.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (c:Commitment)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region)
MATCH (c)-[:IN_SECTION]->(s:Section)
WHERE s.number IS NOT NULL AND NOT (c)-[:HAS_TARGET]->(:Target)
RETURN r.region AS region, s.number AS section, c.sector AS sector, c.quote AS commitment
ORDER BY region, c.start, c.uri
