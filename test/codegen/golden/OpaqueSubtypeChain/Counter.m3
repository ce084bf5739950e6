MODULE Counter;

REVEAL
  T = Public BRANDED "Counter.T" OBJECT
    pad: CHAR := 'x';
    n: INTEGER := 10;
  METHODS
    step (): INTEGER := One;
  OVERRIDES
    inc := Inc;
    get := Get;
  END;

PROCEDURE One (<*UNUSED*> c: T): INTEGER = BEGIN RETURN 1 END One;
PROCEDURE Inc (c: T) = BEGIN INC(c.n, c.step()) END Inc;
PROCEDURE Get (c: T): INTEGER = BEGIN RETURN c.n END Get;

BEGIN
END Counter.
