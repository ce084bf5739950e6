(* Calling a function as a statement discards its result; EVAL says so explicitly. *)
MODULE FunctionResultDiscarded EXPORTS Main;

PROCEDURE F (): INTEGER =
  BEGIN
    RETURN 1;
  END F;

BEGIN
  F();
END FunctionResultDiscarded.
