(* exit: 1 *)
(* A CASE without ELSE whose selector matches no arm is a checked run-time error. *)
MODULE CaseNoArm EXPORTS Main;
IMPORT IO;
VAR n := 3;
BEGIN
  CASE n OF
  | 1 => IO.Put("one\n")
  | 2 => IO.Put("two\n")
  END
END CaseNoArm.
