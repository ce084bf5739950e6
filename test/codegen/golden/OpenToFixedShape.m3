(* exit: 1 *)
(* Assigning an open array to a fixed array of another length is a checked run-time error,
   reported at the assignment. *)
MODULE OpenToFixedShape EXPORTS Main;
IMPORT IO, Fmt;
VAR f: ARRAY [0 .. 2] OF INTEGER;
BEGIN
  f := ARRAY OF INTEGER{4, 5, 6};
  IO.Put(Fmt.Int(f[0]) & " " & Fmt.Int(f[1]) & " " & Fmt.Int(f[2]) & "\n");
  f := ARRAY OF INTEGER{1, 2};
  IO.Put("no error\n")
END OpenToFixedShape.
