// Targets per task section: each numbered task of the plan with its heading and how many numeric targets it sets. Twin of targets-by-section.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (t:Target)-[:IN_SECTION]->(s:Section)
MATCH (s)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND s.kind = 'Task' AND s.number IS NOT NULL
RETURN r.region AS region, r.year AS year, s.number AS section, s.text AS heading, count(t) AS targets
ORDER BY region, year, section
