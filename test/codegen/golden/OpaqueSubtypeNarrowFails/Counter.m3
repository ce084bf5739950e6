MODULE Counter;

REVEAL
  T = Public BRANDED "Counter.T" OBJECT n := 0 OVERRIDES inc := Inc; get := Get END;
  Box = BRANDED "Counter.Box" REF RECORD n: INTEGER END;

PROCEDURE Inc (c: T) = BEGIN INC(c.n) END Inc;
PROCEDURE Get (c: T): INTEGER = BEGIN RETURN c.n END Get;
PROCEDURE New (): T = BEGIN RETURN NEW(T) END New;
PROCEDURE NewBox (n: INTEGER): Box = BEGIN RETURN NEW(Box, n := n) END NewBox;
PROCEDURE Unbox (b: Box): INTEGER = BEGIN RETURN b.n END Unbox;

BEGIN
END Counter.
