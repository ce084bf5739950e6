(* A FUNCTIONAL procedure may call only FUNCTIONAL methods; an EPHEMERAL one, EPHEMERAL or
   FUNCTIONAL ones. *)
MODULE FunctionalMethodCalls EXPORTS Main;

TYPE
  Counter = OBJECT
    n: INTEGER;
  METHODS
    get (): INTEGER := Get;
    EPHEMERAL bump () := Bump;
  END;

PROCEDURE Get (c: Counter): INTEGER =
  BEGIN
    RETURN c.n
  END Get;

EPHEMERAL PROCEDURE Bump (c: Counter) =
  BEGIN
    INC(c.n)
  END Bump;

FUNCTIONAL PROCEDURE Peek (c: Counter): INTEGER =
  BEGIN
    RETURN c.get()
  END Peek;

EPHEMERAL PROCEDURE Step (c: Counter): INTEGER =
  BEGIN
    c.bump();
    RETURN c.get()
  END Step;

BEGIN
  EVAL Peek(NEW(Counter));
  EVAL Step(NEW(Counter))
END FunctionalMethodCalls.
