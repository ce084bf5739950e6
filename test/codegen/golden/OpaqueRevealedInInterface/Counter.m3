MODULE Counter EXPORTS Counter, CounterRep;

PROCEDURE Value (t: T): INTEGER = BEGIN RETURN t.n END Value;

BEGIN
END Counter.
