(* EVAL calls a function procedure and discards its result. *)
MODULE EvalStatement EXPORTS Main;

IMPORT Text;

BEGIN
  EVAL Text.Length("discarded");
  EVAL 1 + 2;
END EvalStatement.
