MODULE Keywords;

PROCEDURE Line(from, to: INTEGER; width := 1; dashed := FALSE) =
  BEGIN
  END Line;

TYPE Node = REF RECORD value: INTEGER; next: Node END;

VAR n := NEW(Node, value := 3, next := NIL);

BEGIN
  Line(0, 10);
  Line(0, 10, dashed := TRUE);
  Line(to := 5, from := 1, width := 2);
  n.next := NEW(Node, value := n.value + 1)
END Keywords.
