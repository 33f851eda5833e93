// Commitments of one sector with their numeric goals (default industry 工业; -p sector=digital for another); a commitment without a number is listed once with empty goal columns. Twin of sector-commitments.rq.
// Parameters: sector = "industry", region = ""
// one pattern, so ladybug plans the report, the commitment and its section together (one region of 3,000 reports: 407 -> 74 ms)
MATCH (r:Report)<-[:STATED_IN]-(c:Commitment)-[:IN_SECTION]->(s:Section)
WHERE ($region = '' OR r.region = $region) AND c.sector = $sector AND s.number IS NOT NULL
OPTIONAL MATCH (c)-[:HAS_TARGET]->(t:Target)-[:MEASURES_INDICATOR]->(i:Indicator)
RETURN r.region AS region, s.number AS section, c.quote AS commitment, i.text AS indicator,
       t.value AS value, t.unit AS unit, t.qualifier AS qualifier
ORDER BY region, c.start, c.uri, t.start, t.uri
