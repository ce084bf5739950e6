(* A method is not a value: it must be called. *)
MODULE MethodCalledWithoutParens EXPORTS Main;

TYPE Counter = OBJECT n: INTEGER METHODS get (): INTEGER := Get END;

PROCEDURE Get (c: Counter): INTEGER =
  BEGIN
    RETURN c.n;
  END Get;

VAR c := NEW(Counter);
VAR m: INTEGER;

BEGIN
  m := c.get;
END MethodCalledWithoutParens.
