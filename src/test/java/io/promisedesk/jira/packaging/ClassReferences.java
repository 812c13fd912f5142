package io.promisedesk.jira.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The classes and packages a class file refers to, read from its constant pool: classes, descriptors, annotations. */
final class ClassReferences {
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w/$]*)[;<]");

    private ClassReferences() {
    }

    static Set<String> packages(byte[] classFile) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String type : types(classFile)) {
            int dot = type.lastIndexOf('.');
            if (dot > 0) {
                packages.add(type.substring(0, dot));
            }
        }
        return packages;
    }

    /** The binary names of the classes a class file refers to (not arrays themselves, but their element types). */
    static Set<String> types(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new HashSet<>();
        Set<Integer> stringLiterals = new HashSet<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8 -> stringLiterals.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> types = new TreeSet<>();
        for (int index = 1; index < count; index++) {
            // A string literal that looks like a type is text, not a reference.
            if (utf8[index] == null || stringLiterals.contains(index)) {
                continue;
            }
            if (classNames.contains(index) && !utf8[index].startsWith("[")) {
                types.add(utf8[index].replace('/', '.'));
            }
            Matcher inDescriptor = TYPE_IN_DESCRIPTOR.matcher(utf8[index]);
            while (inDescriptor.find()) {
                types.add(inDescriptor.group(1).replace('/', '.'));
            }
        }
        return types;
    }
}
