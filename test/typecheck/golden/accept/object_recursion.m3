(* An object type may mention itself in its fields and method signatures. *)
MODULE ObjectRecursion EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Node = OBJECT
    value: INTEGER;
    next: Node := NIL;
  METHODS
    append (n: Node): Node := Append;
  END;

PROCEDURE Append (self: Node; n: Node): Node =
  BEGIN
    self.next := n;
    RETURN n;
  END Append;

VAR first := NEW(Node, value := 1);

BEGIN
  EVAL first.append(NEW(Node, value := 2)).append(NEW(Node, value := 3));
  IO.Put(Fmt.Int(first.next.next.value) & "\n");
END ObjectRecursion.
