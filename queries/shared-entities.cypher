// Things named across reports: each organization or place that reports name (a division by its code, any other by its gazetteer name), with how many regions and reports name it, most regions first. Twin of shared-entities.rq.
MATCH (e)-[:SAME_ENTITY]->(c:CanonicalEntity)
MATCH (e)-[:STATED_IN]->(r:Report)
RETURN c.text AS entity, c.adminCode AS adminCode, count(DISTINCT r.region) AS regions,
       count(DISTINCT r.uri) AS reports, sum(e.mentions) AS mentions
ORDER BY regions DESC, reports DESC, mentions DESC, entity, adminCode
