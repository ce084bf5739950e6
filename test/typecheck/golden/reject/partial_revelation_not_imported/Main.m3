(* A partial revelation is visible only where its interface is imported: without CounterRep,
   Counter.T has only Public's methods. *)
MODULE Main;
IMPORT Counter;

PROCEDURE Peek (c: Counter.T): INTEGER = BEGIN RETURN c.count END Peek;

BEGIN
  EVAL Peek(Counter.New(1))
END Main.
