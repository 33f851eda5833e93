// Projects and programmes per place: what each report puts where (LOCATED_IN), with the division code where the place is an administrative area. Twin of projects-by-place.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (p)-[:LOCATED_IN]->(pl:Place)
MATCH (p)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND p.kind IN ['Project', 'Programme']
RETURN r.region AS region, r.year AS year, pl.text AS place, pl.adminCode AS adminCode, p.text AS project, toLower(p.kind) AS kind
ORDER BY region, year, place, project, kind
