CREATE POINT INDEX scene_location IF NOT EXISTS FOR (n:Scene) ON (n.location)
