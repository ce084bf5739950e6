(* Arithmetic operators need numeric operands of the same kind. *)
MODULE OperatorMismatch EXPORTS Main;

VAR
  n := 1;
  r := 2.0;

BEGIN
  n := n + r;
END OperatorMismatch.
