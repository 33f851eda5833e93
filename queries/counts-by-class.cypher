// Counts by class: how many nodes of each gwr class the graph holds (a node counts under its class and each superclass). Twin of counts-by-class.rq.
MATCH (n)
UNWIND n.classes AS class
RETURN class, count(DISTINCT n.uri) AS count
ORDER BY count DESC, class
