(* Writing through a reference is a side effect, even from a parameter. *)
MODULE FunctionalAssignsThroughRef EXPORTS Main;

TYPE Cell = REF RECORD value: INTEGER END;

FUNCTIONAL PROCEDURE Peek (c: Cell): INTEGER =
  BEGIN
    c.value := 0;
    RETURN c.value;
  END Peek;

BEGIN
  EVAL Peek(NEW(Cell));
END FunctionalAssignsThroughRef.
