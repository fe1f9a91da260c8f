CREATE POINT INDEX ffl_location IF NOT EXISTS FOR (n:Ffl) ON (n.location)
