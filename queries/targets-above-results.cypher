// Targets above the last result: a report's target for a canonical indicator that exceeds the result the same report gives for the year before (same indicator, measure and unit; exact matches).
// Ceilings are left out: a target bounded from above (以内, 不超过) or for an indicator where less is better (polarity 'negative': unemployment, consumer prices, energy intensity).
// Columns: region, year, canonical indicator (code and label), measure, unit, target value (the lower bound for a range), result value, target and result quotes. Twin of targets-above-results.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (r:Report)<-[:STATED_IN]-(t:Target)-[:MEASURES_INDICATOR]->(:Indicator)-[:SAME_AS]->(c:CanonicalIndicator)
WHERE ($region = '' OR r.region = $region) AND t.year = r.year AND c.polarity IS NULL
  AND NOT coalesce(t.comparator, '') IN ['atMost', 'lessThan']
WITH r, t, c
// the results through the report, then their concept compared: joined on the shared concept,
// ladybug took every report's indicators of it (corpus: 412 -> 55 ms, one region 193 -> 18 ms)
MATCH (r)<-[:STATED_IN]-(a:Achievement)-[:MEASURES_INDICATOR]->(ai:Indicator)
WHERE a.year = r.year - 1 AND t.measure = a.measure AND t.unit = a.unit
  AND a.value IS NOT NULL AND coalesce(t.value, t.lower) > a.value
MATCH (ai)-[:SAME_AS]->(c2:CanonicalIndicator)
WHERE c2.uri = c.uri
RETURN r.region AS region, r.year AS year, c.code AS code, c.text AS indicator, t.measure AS measure,
       t.unit AS unit, coalesce(t.value, t.lower) AS target, a.value AS result, t.quote AS targetQuote,
       a.quote AS resultQuote
ORDER BY region, year, code, t.start, a.start, t.uri, a.uri
