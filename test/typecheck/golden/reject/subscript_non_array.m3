(* Only arrays can be subscripted. *)
MODULE SubscriptNonArray EXPORTS Main;

VAR n := 5;

BEGIN
  n := n[0];
END SubscriptNonArray.
