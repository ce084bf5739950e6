(* Text.Compare orders texts by character codes; a proper prefix comes first. *)
MODULE TextCompareOrder EXPORTS Main;
IMPORT IO, Fmt, Text;
PROCEDURE Show (a, b: TEXT) =
  BEGIN
    IO.Put(a & " vs " & b & ": " & Fmt.Int(Text.Compare(a, b)) & "\n")
  END Show;
BEGIN
  Show("apple", "banana");
  Show("pear", "peach");
  Show("car", "cart");
  Show("Zebra", "apple");
  Show("same", "same");
  Show("", "x")
END TextCompareOrder.
