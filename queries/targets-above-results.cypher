// Targets above the last result: a report's target that exceeds its baseline, the result the same report gives for the year before on the same canonical indicator, measure and unit (exact matches; BASELINE, made at build time).
// Ceilings are left out: a target bounded from above (以内, 不超过) or for an indicator where less is better (polarity 'negative': unemployment, consumer prices, energy intensity).
// Columns: region, year, canonical indicator (code and label), measure, unit, target value (the lower bound for a range), result value, target and result quotes. Twin of targets-above-results.rq.
// Parameters: region = "" (a region exactly as the build summary names it; empty: every region)
MATCH (r:Report)<-[:STATED_IN]-(t:Target)-[:BASELINE]->(a:Achievement)
WHERE ($region = '' OR r.region = $region) AND NOT coalesce(t.comparator, '') IN ['atMost', 'lessThan']
  AND coalesce(t.value, t.lower) > a.value
MATCH (t)-[:MEASURES_INDICATOR]->(:Indicator)-[:SAME_AS]->(c:CanonicalIndicator)
WHERE c.polarity IS NULL
RETURN r.region AS region, r.year AS year, c.code AS code, c.text AS indicator, t.measure AS measure,
       t.unit AS unit, coalesce(t.value, t.lower) AS target, a.value AS result, t.quote AS targetQuote,
       a.quote AS resultQuote
ORDER BY region, year, code, t.start, a.start, t.uri, a.uri
