// Ready queries for Neo4j Browser over the Timeline graph (model: graph-schema/README.md).
// Each query follows the :param lines it uses; run the :param lines first (or edit them), then the query.
// Names match the canonical name or any alias (Person, Organization, Country); dates are Cypher date() values.

// 1. An actor's timeline: every event the actor took part in, in date order, with the role and the place.
:param actor => 'Antony Blinken';
MATCH (a:Entity)-[p:PARTICIPATED_IN]->(e:Event)
WHERE a.name = $actor OR $actor IN coalesce(a.aliases, [])
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place:Entity)
RETURN coalesce(e.date, e.earliest) AS day, e.type AS type, p.role AS role, e.summary AS summary, place.name AS place
ORDER BY day, e.id;

// 2. Who met whom: pairs of actors in the same meeting-type event, with the day and the place.
:param meetingTypes => ['meet', 'meeting', 'talks', 'visit'];
MATCH (a:Entity)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE e.type IN $meetingTypes AND a.id < b.id
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place:Entity)
RETURN coalesce(e.date, e.earliest) AS day, a.name AS who, b.name AS met, place.name AS place, e.summary AS summary
ORDER BY day, who, met;

// 3. An actor's itinerary as a path: the places visited, in order, with the dates of each stop (graph view).
:param actor => 'Antony Blinken';
MATCH path = (a:Person)-[v:VISITED]->(place:Entity)
WHERE a.name = $actor OR $actor IN coalesce(a.aliases, [])
RETURN path, v.order AS stop, place.name AS place, v.earliest AS arrived, v.latest AS left
ORDER BY stop;

// 4. Events at a place between two dates (the place itself or any place located in it, for a country).
:param place => 'Ankara';
:param from => date('2023-11-01');
:param to => date('2023-11-30');
MATCH (e:Event)-[:OCCURRED_IN]->(at:Entity)
OPTIONAL MATCH (at)-[:LOCATED_IN]->(country:Country)
WITH e, at, country
WHERE (at.name = $place OR $place IN coalesce(at.aliases, []) OR country.name = $place)
  AND e.latest >= $from AND e.earliest <= $to
OPTIONAL MATCH (actor:Entity)-[:PARTICIPATED_IN]->(e)
RETURN e.earliest AS earliest, e.latest AS latest, at.name AS place, e.summary AS summary, collect(DISTINCT actor.name) AS participants
ORDER BY earliest, summary;

// 5. The sources of an event with quotes: each reporting article, its outlet and the sentence, with character offsets.
:param eventId => 'event/2023-11-06-meet-ankara';
MATCH (e:Event {id: $eventId})-[r:REPORTED_IN]->(article:Article)
RETURN article.source AS outlet, article.title AS title, article.published AS published, r.sentence AS quote, r.start AS start, r.end AS end
ORDER BY outlet, start;

// 6. Co-participation network: actors linked by how many events they share (at least $minShared).
:param minShared => 1;
MATCH (a:Entity)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS shared
WHERE shared >= $minShared
RETURN a.name AS actor, b.name AS partner, shared
ORDER BY shared DESC, actor, partner
LIMIT 200;

// 7. Shortest path between two actors through shared events and event places (graph view).
:param from => 'Antony Blinken';
:param to => 'Recep Tayyip Erdoğan';
MATCH (a:Entity) WHERE a.name = $from OR $from IN coalesce(a.aliases, [])
MATCH (b:Entity) WHERE b.name = $to OR $to IN coalesce(b.aliases, [])
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[:PARTICIPATED_IN|OCCURRED_IN*..12]-(b))
RETURN path
LIMIT 1;

// 8. Events reported by only one outlet: claims nobody else corroborates.
MATCH (e:Event)-[:REPORTED_IN]->(article:Article)
WITH e, collect(DISTINCT coalesce(article.source, article.id)) AS outlets
WHERE size(outlets) = 1
RETURN coalesce(e.date, e.earliest) AS day, e.summary AS summary, outlets[0] AS outlet
ORDER BY day, summary;

// 9. Conflicting reports: events whose sources disagree on the date, place or a figure, with who said what.
MATCH (e:Event)
WHERE size(coalesce(e.conflicts, [])) > 0
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(article:Article)
RETURN e.summary AS summary, e.conflicts AS conflicts, collect(article.source + ': ' + r.sentence) AS reports
ORDER BY summary;

// 10. The most connected actors: events taken part in and distinct partners met in them.
:param limit => 20;
MATCH (a:Entity)-[:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE b <> a
RETURN a.name AS actor, labels(a) AS labels, count(DISTINCT e) AS events, count(DISTINCT b) AS partners
ORDER BY partners DESC, events DESC, actor
LIMIT $limit;

// 11. What happened on a given day: events whose date interval contains the day.
:param day => date('2023-11-06');
MATCH (e:Event)
WHERE e.earliest <= $day AND e.latest >= $day
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place:Entity)
OPTIONAL MATCH (actor:Entity)-[:PARTICIPATED_IN]->(e)
RETURN e.granularity AS precision, e.summary AS summary, place.name AS place, collect(DISTINCT actor.name) AS participants
ORDER BY precision, summary;

// 12. Roles of a person: titles held and for which country or organisation.
:param person => 'Antony Blinken';
MATCH (p:Person)-[r:HOLDS_ROLE]->(body:Entity)
WHERE p.name = $person OR $person IN coalesce(p.aliases, [])
RETURN p.name AS person, r.title AS title, body.name AS of, labels(body) AS kind
ORDER BY title;

// 13. The timeline itself: the chain of events along NEXT from the first one (graph view).
MATCH (first:Event)
WHERE NOT ()-[:NEXT]->(first)
MATCH path = (first)-[:NEXT*0..50]->(:Event)
RETURN path;

// 14. Which outlets mention an actor, and how often.
:param actor => 'Antony Blinken';
MATCH (a:Entity)-[m:MENTIONED_IN]->(article:Article)
WHERE a.name = $actor OR $actor IN coalesce(a.aliases, [])
RETURN coalesce(article.source, 'unknown') AS outlet, count(article) AS articles, sum(m.count) AS mentions
ORDER BY articles DESC, outlet;

// 15. Places on a map (NeoDash, Aura dashboards): every place with its coordinates and how many events happened there.
MATCH (place:Place)
WHERE place.location IS NOT NULL
OPTIONAL MATCH (e:Event)-[:OCCURRED_IN]->(place)
RETURN place.name AS place, place.country AS country, place.location AS location, count(e) AS events
ORDER BY events DESC, place;
