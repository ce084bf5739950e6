MODULE Counter;
IMPORT CounterRep;

REVEAL T = CounterRep.Private BRANDED "Counter.T" OBJECT
    steps := 1
  OVERRIDES
    inc := Inc;
    get := Get
  END;

PROCEDURE Inc (self: T) = BEGIN INC(self.count, self.steps) END Inc;

PROCEDURE Get (self: T): INTEGER = BEGIN RETURN self.count END Get;

PROCEDURE New (start: INTEGER): T =
  VAR t := NEW(T);
  BEGIN
    t.count := start;
    RETURN t
  END New;

BEGIN
END Counter.
