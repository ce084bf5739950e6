(* Params: the program's parameters. Only the program's name is available until the host passes
   arguments through the ABI. *)
MODULE Params;

PROCEDURE Get (n: CARDINAL): TEXT =
  BEGIN
    <*ASSERT n < Count*>
    RETURN "main"
  END Get;

BEGIN
  Count := 1
END Params.
