// Things named across reports: each project, organization or place that reports name (a division by its code, any other by its gazetteer name), with how many reports and regions name it, most reports first. Twin of shared-entities.rq.
MATCH (e)-[:SAME_ENTITY]->(c:CanonicalEntity)
MATCH (e)-[:STATED_IN]->(r:Report)
RETURN c.text AS entity, c.adminCode AS adminCode, count(DISTINCT r.uri) AS reports,
       count(DISTINCT r.region) AS regions, sum(e.mentions) AS mentions
ORDER BY reports DESC, mentions DESC, entity, adminCode
