// Counts by class: how many nodes of each gwr class the graph holds (a node counts under its class and each superclass). Twin of counts-by-class.rq.
// Nodes are grouped by their list of classes first: a few dozen groups to expand instead of every node.
MATCH (n)
WITH n.classes AS classes, count(*) AS nodes
UNWIND classes AS class
RETURN class, sum(nodes) AS count
ORDER BY count DESC, class
