(* A variable cannot be used where a type is required. *)
MODULE NotAType EXPORTS Main;

VAR n: INTEGER;
VAR m: n;

BEGIN
END NotAType.
