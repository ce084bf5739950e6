(* Nested blocks declare variables whose scope is the block. *)
MODULE Blocks EXPORTS Main;
IMPORT IO, Fmt;
VAR x := 1;
BEGIN
  VAR x := 2; BEGIN
    VAR x := 3; BEGIN IO.Put(Fmt.Int(x)) END;
    IO.Put(Fmt.Int(x))
  END;
  IO.Put(Fmt.Int(x) & "\n")
END Blocks.
