(* "/" is real division; integers divide with DIV. *)
MODULE IntegerSlash EXPORTS Main;

VAR n := 7;

BEGIN
  n := n / 2;
END IntegerSlash.
