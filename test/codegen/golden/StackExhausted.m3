(* exit: 1 *)
(* Unbounded recursion exhausts the stack: a checked run-time error, not a crash of the host. *)
MODULE StackExhausted EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Deep (n: INTEGER): INTEGER =
  BEGIN
    RETURN Deep(n + 1) + 1
  END Deep;
BEGIN
  IO.Put("descending\n");
  IO.Put(Fmt.Int(Deep(0)) & "\n")
END StackExhausted.
