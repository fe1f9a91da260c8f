CREATE RANGE INDEX sale_sold_on IF NOT EXISTS FOR (n:Sale) ON (n.soldOn)
