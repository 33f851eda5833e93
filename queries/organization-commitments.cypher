// Organizations and the commitments that involve them (INVOLVES): enterprises, institutions and government bodies, most involved first. Twin of organization-commitments.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (c:Commitment)-[:INVOLVES]->(o:Organization)
MATCH (c)-[:STATED_IN]->(r:Report)
WHERE ($region = '' OR r.region = $region) AND o.kind IN ['Enterprise', 'Institution', 'GovernmentAgency']
RETURN r.region AS region, o.text AS organization,
       CASE o.kind WHEN 'GovernmentAgency' THEN 'agency' ELSE toLower(o.kind) END AS kind,
       count(DISTINCT c.uri) AS commitments, min(c.quote) AS example
ORDER BY region, commitments DESC, organization
