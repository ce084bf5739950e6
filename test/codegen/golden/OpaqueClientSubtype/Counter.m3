MODULE Counter;

REVEAL
  T = Public BRANDED "Counter.T" OBJECT
    n := 100;
    history: REF ARRAY OF INTEGER := NIL;
  METHODS
    step (): INTEGER := Step;
  OVERRIDES
    inc := Inc;
    get := Get;
  END;

PROCEDURE Step (<*UNUSED*> c: T): INTEGER = BEGIN RETURN 1 END Step;
PROCEDURE Inc (c: T) = BEGIN INC(c.n, c.step()) END Inc;
PROCEDURE Get (c: T): INTEGER = BEGIN RETURN c.n END Get;
PROCEDURE New (): T = BEGIN RETURN NEW(T) END New;
PROCEDURE Peek (c: T): INTEGER = BEGIN RETURN c.n END Peek;
PROCEDURE Bump (c: T; n: INTEGER) =
  BEGIN
    IF c.history = NIL THEN c.history := NEW(REF ARRAY OF INTEGER, 4) END;
    FOR i := 1 TO n DO c.inc(); c.history[i MOD 4] := c.history[i MOD 4] + c.n END
  END Bump;

PROCEDURE Noted (c: T): INTEGER =
  VAR sum := 0;
  BEGIN
    IF c.history # NIL THEN FOR i := 0 TO 3 DO INC(sum, c.history[i]) END END;
    RETURN sum
  END Noted;

BEGIN
END Counter.
