CREATE CONSTRAINT manufacturer_name IF NOT EXISTS FOR (n:Manufacturer) REQUIRE n.name IS UNIQUE
